using Certfolio.Cli.Output;

namespace Certfolio.Cli.Tests;

public sealed class RunStatisticsTests
{
    [Fact]
    public void The_statistics_line_names_time_cpu_jit_gc_allocations_and_peak_memory()
    {
        // Given a process that has done some work
        _ = Enumerable.Range(0, 1000).Select(i => new string('x', i)).ToList();

        // When the statistics are described
        var line = RunStatistics.Describe();

        // Then one line carries every measure the performance notes rely on
        Assert.StartsWith("certfolio stats: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        foreach (var part in new[] { "s since start", "CPU ", "JIT ", "GC ", "MB allocated", "peak working set", "cores" })
            Assert.Contains(part, line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_statistics_are_off_unless_the_variable_is_set_to_something_other_than_zero()
    {
        // Given the variable's previous value
        var before = Environment.GetEnvironmentVariable(RunStatistics.Variable);
        try
        {
            // When it is unset, zero, or one
            Environment.SetEnvironmentVariable(RunStatistics.Variable, null);
            var unset = RunStatistics.Enabled;
            Environment.SetEnvironmentVariable(RunStatistics.Variable, "0");
            var zero = RunStatistics.Enabled;
            Environment.SetEnvironmentVariable(RunStatistics.Variable, "1");
            var one = RunStatistics.Enabled;

            // Then only a value other than zero turns them on
            Assert.False(unset);
            Assert.False(zero);
            Assert.True(one);
        }
        finally
        {
            Environment.SetEnvironmentVariable(RunStatistics.Variable, before);
        }
    }
}

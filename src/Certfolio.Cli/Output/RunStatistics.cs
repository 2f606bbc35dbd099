using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Certfolio.Cli.Output;

/// <summary>
/// With <c>CERTFOLIO_STATS=1</c>, one line on standard error at exit: where a run's time and memory went (wall since
/// the process started, CPU, JIT, GC, allocations, peak memory). The cheapest profile there is, and the first
/// one to take; docs/performance.md says how to read it.
/// </summary>
public static class RunStatistics
{
    public const string Variable = "CERTFOLIO_STATS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && value != "0";

    public static string Describe()
    {
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var pause = GC.GetTotalPauseDuration();
        return string.Create(CultureInfo.InvariantCulture,
            $"certfolio stats: {sinceStart.TotalSeconds:0.000} s since start, CPU {process.TotalProcessorTime.TotalSeconds:0.000} s " +
            $"(user {process.UserProcessorTime.TotalSeconds:0.000}), JIT {JitInfo.GetCompiledMethodCount()} methods in {JitInfo.GetCompilationTime().TotalSeconds:0.000} s, " +
            $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2) pausing {pause.TotalSeconds:0.000} s, " +
            $"{GC.GetTotalAllocatedBytes() / 1e6:0} MB allocated, peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores");
    }
}

namespace Certfolio.Cli.Output;

/// <summary>The names of <see cref="OutputFormat"/> as the docs and the command line write them: lower case.</summary>
public static class OutputFormats
{
    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    public static string Names => string.Join(", ", Enum.GetValues<OutputFormat>().Select(Name));

    public static OutputFormat? Find(string? name) =>
        Enum.GetValues<OutputFormat>().Cast<OutputFormat?>().FirstOrDefault(f => string.Equals(Name(f!.Value), name, StringComparison.OrdinalIgnoreCase));
}

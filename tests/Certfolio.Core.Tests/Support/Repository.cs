using System.Reflection;

namespace Certfolio.Core.Tests.Support;

/// <summary>Paths into the source tree: fixtures, examples, schema and docs are read in place.</summary>
public static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Fixture(string name) => Path("tests", "Certfolio.Core.Tests", "Fixtures", name);
}

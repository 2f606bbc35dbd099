namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// Every test of the published binary. One collection, so the wrapper publishes once (in <see cref="PublishedCli"/>),
/// and not parallel: the binary's runs do not compete with each other or with in-process runs for the two cores, and
/// the in-process twin runs may change the current folder and standard error (see <see cref="InProcessCli"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishedCollection : ICollectionFixture<PublishedCli>
{
    public const string Name = "published binary";
}

using System.Text;
using Certfolio.Core.Time;
using Certfolio.Server;

namespace Certfolio.Browser.Tests.Support;

/// <summary>
/// A temporary copy of examples/portfolio (plus any extra documents) served in process on port 0, with the
/// clock pinned to <see cref="Today"/>.
/// </summary>
public sealed class ServedPortfolio : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>The example's certfolio.yaml, for a test that serves it with a key or two more.</summary>
    public static string ExampleConfig => File.ReadAllText(Path.Combine(Repository.ExamplePortfolio, "certfolio.yaml"));

    private ServedPortfolio(string root, PreviewServer server, Uri url)
    {
        Root = root;
        Server = server;
        Url = url;
    }

    public string Root { get; }
    public PreviewServer Server { get; }
    public Uri Url { get; }

    public static async Task<ServedPortfolio> StartAsync(IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        var root = Directory.CreateTempSubdirectory("certfolio-browser-").FullName;
        var source = Repository.ExamplePortfolio;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s is "_site" || s.StartsWith('.'))) continue;
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        foreach (var (relative, text) in extraFiles ?? new Dictionary<string, string>()) File.WriteAllText(Path.Combine(root, relative), text, new UTF8Encoding(false));

        var server = new PreviewServer(new PreviewOptions { Root = root, Port = 0, Clock = new FixedClock(Today) });
        var url = await server.StartAsync();
        if (!server.FirstBuild!.Succeeded)
            throw new InvalidOperationException("The portfolio did not build: " + string.Join("; ", server.FirstBuild.Errors));
        return new ServedPortfolio(root, server, url);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tests.Portfolios;

public sealed class AssetResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("certfolio-assets-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47]);
        return path;
    }

    [Fact]
    public void A_logo_named_by_many_documents_resolves_to_the_same_file_each_time()
    {
        // Given a logo in the assets folder
        var logo = Write("public/logos/aws.png");
        var resolver = new AssetResolver(Path.Combine(_root, "public"), _root, PhysicalFileSystem.Instance);

        // When two documents in different folders name it
        var first = resolver.Resolve("/logos/aws.png", Path.Combine(_root, "content", "a"));
        var second = resolver.Resolve("/logos/aws.png", Path.Combine(_root, "content", "b"));

        // Then both find it
        Assert.Equal((AssetResolution.Found, logo), (first.Resolution, first.FullPath));
        Assert.Equal((AssetResolution.Found, logo), (second.Resolution, second.FullPath));
    }

    [Fact]
    public void An_image_beside_a_document_is_looked_up_again_once_it_appears()
    {
        // Given a resolver kept across edits, as the preview server keeps it, and an image that is not there yet
        var folder = Path.Combine(_root, "content");
        Directory.CreateDirectory(folder);
        var resolver = new AssetResolver(Path.Combine(_root, "public"), _root, PhysicalFileSystem.Instance);
        Assert.Equal(AssetResolution.Missing, resolver.Resolve("diagram.png", folder).Resolution);

        // When the image is added beside the document
        var image = Write("content/diagram.png");

        // Then the next lookup finds it
        var again = resolver.Resolve("diagram.png", folder);
        Assert.Equal((AssetResolution.Found, image), (again.Resolution, again.FullPath));
    }

    [Fact]
    public void A_path_that_leaves_the_folder_is_refused_however_often_it_is_named()
    {
        var resolver = new AssetResolver(Path.Combine(_root, "public"), _root, PhysicalFileSystem.Instance);

        Assert.Equal(AssetResolution.Outside, resolver.Resolve("/../../etc/passwd").Resolution);
        Assert.Equal(AssetResolution.Outside, resolver.Resolve("/../../etc/passwd").Resolution);
    }
}

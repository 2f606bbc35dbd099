using Certfolio.Site.Pages;

namespace Certfolio.Site.Tests.Pages;

public sealed class TermIndexTests
{
    [Fact]
    public void Gives_colliding_names_numbered_slugs_in_a_stable_order()
    {
        var forward = TermIndex.Build(["CI/CD", "CI-CD", "C#", "C", ".NET"]);
        var backward = TermIndex.Build([".NET", "C", "C#", "CI-CD", "CI/CD"]);

        Assert.Equal("ci-cd", forward.Get("CI-CD").Slug);
        Assert.Equal("ci-cd-2", forward.Get("CI/CD").Slug);
        Assert.Equal("c-sharp", forward.Get("C#").Slug);
        Assert.Equal("c", forward.Get("C").Slug);
        Assert.Equal("dot-net", forward.Get(".NET").Slug);
        Assert.Equal(forward.Terms.OrderBy(t => t.Slug).Select(t => t.Slug + t.Name), backward.Terms.OrderBy(t => t.Slug).Select(t => t.Slug + t.Name));
    }

    [Fact]
    public void Treats_names_differing_only_in_case_as_one_term()
    {
        var index = TermIndex.Build(["aws", "AWS", "Aws"]);

        var term = Assert.Single(index.Terms);
        Assert.Equal("AWS", term.Name);
        Assert.Same(term, index.Get("aws"));
    }
}

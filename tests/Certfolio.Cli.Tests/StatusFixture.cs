using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Certfolio.Cli.Tests;

/// <summary>
/// The portfolios the status and calendar tests run against, written at run time (deleted on dispose),
/// and a runner with a wide fixed console so tables are golden-testable.
/// </summary>
public sealed class StatusFixture : IDisposable
{
    public StatusFixture() => Root = Directory.CreateTempSubdirectory("certfolio-status-").FullName;

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public StatusFixture File(string relative, string text)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return this;
    }

    public StatusFixture Cert(string name, string frontMatter, string folder = "") =>
        File(System.IO.Path.Combine(folder, "certifications", name + ".md"), $"---\n{frontMatter.Trim()}\n---\nBody.\n");

    /// <summary>One person's portfolio: an AWS certification, a CISSP with credits, an expired and a lapsed one, a lifetime one.</summary>
    public static StatusFixture Jane(StatusFixture? into = null, string folder = "")
    {
        var fixture = into ?? new StatusFixture();
        return fixture
            .File(System.IO.Path.Combine(folder, "certfolio.yaml"), "title: Jane Doe\n")
            .Cert("aws-dop", "title: AWS Certified DevOps Engineer - Professional\ndate: 15.08.2024\nprovider: Amazon Web Services\ncredentialId: DOP-C02-789456\nexpiryDate: 15.08.2027\nskills: [AWS, DevOps]", folder)
            .Cert("cissp", "title: CISSP\ndate: 31.05.2024\nprovider: ISC2\ncredentialId: CISSP-1\nexpiryDate: 31.05.2027\nskills: [Security]", folder)
            .Cert("gcp", "title: Google Cloud Professional Cloud Architect\ndate: 01.06.2022\nprovider: Google Cloud\nexpiryDate: 01.06.2024\nskills: [Google Cloud]", folder)
            .Cert("rhcsa", "title: RHCSA\ndate: 14.07.2020\nprovider: Red Hat\nexpiryDate: 14.07.2023\nrenew: false\nskills: [Linux]", folder)
            .Cert("az-900", "title: 'Microsoft Certified: Azure Fundamentals'\ndate: 04.11.2021\nprovider: Microsoft\nskills: [Azure]", folder)
            .Cert("az-305", "title: 'Microsoft Certified: Azure Solutions Architect Expert'\ndate: 2026-03-12\nprovider: Microsoft\nexpiryDate: 2027-03-12\nskills: [Azure, Security]", folder)
            .File(System.IO.Path.Combine(folder, "training", "training.csv"),
                "title,date,hours,credits,unit,provider,appliesTo,evidence\nConference,2025-05-28,14,,,OWASP,CISSP-1,\nCourse,2025-09-19,,36,CPE,SANS,Security,\n");
    }

    /// <summary>Runs the real command tree at a console 200 columns wide.</summary>
    public static CommandAppResult Run(params string[] args) => Run(200, args);

    /// <summary>Runs the real command tree at a console of the given width.</summary>
    public static CommandAppResult Run(int width, params string[] args)
    {
        var app = new CommandAppTester(null, new CommandAppTesterSettings(), new TestConsole().Width(width));
        app.Configure(Program.Configure);
        return app.Run(args);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the test's real outcome.
        }
    }
}

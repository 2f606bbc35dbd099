using System.Globalization;
using System.Text;

namespace Certfolio.Tests.Shared;

/// <summary>
/// A realistic portfolio of any size, generated from a seed by this code alone (CI has nothing else to read):
/// varied providers, skills, levels and expiry dates, bodies with headings, lists, tables, links and code, a logo
/// for some providers. The same seed and count always give the same files, byte for byte.
/// </summary>
public static class GeneratedCorpus
{
    private static readonly (string Name, string? Logo)[] Providers =
    [
        ("Amazon Web Services", "aws.svg"), ("Microsoft", "microsoft.svg"), ("Google Cloud", null), ("ISC2", "isc2.svg"),
        ("CompTIA", null), ("Cloud Native Computing Foundation", "cncf.svg"), ("HashiCorp", null), ("Red Hat", "redhat.svg"),
        ("Project Management Institute", null), ("Cisco", null), ("Oracle", null), ("ISACA", null), ("Linux Foundation", null),
        ("Scrum.org", null), ("Offensive Security", null), ("Salesforce", null), ("Snowflake", null), ("Databricks", null),
        ("GitHub", null), ("Ünïcode & Co <Academy>", null),
    ];

    private static readonly string[] Skills =
    [
        "AWS", "Azure", "GCP", "Kubernetes", "Docker", "Terraform", "Security", "Networking", "Linux", "Python", "C#",
        "CI/CD", "CI-CD", "DevOps", "Monitoring", "Risk Management", "Governance", "Cryptography", "Identity", "Data",
        "Machine Learning", "SQL", "Agile", "Scrum", "Project Management", "Incident Response", "Cloud", "Storage",
        "Serverless", "Observability", "kubernetes", "Zero Trust", "Go", "Rust", "Java", "TypeScript", "Compliance",
        "Architecture", "Penetration Testing", "Forensics",
    ];

    private static readonly string?[] LevelChoices = ["Foundational", "Associate", "Professional", "Specialty", "Expert", null, null, "Practitioner & Co"];

    private static readonly string[] Words =
    [
        "cloud", "design", "secure", "operate", "scale", "deploy", "monitor", "network", "identity", "storage",
        "resilient", "cost", "automation", "policy", "cluster", "pipeline", "incident", "recovery", "audit", "latency",
    ];

    /// <summary>The pinned day corpus builds are made for.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    /// <summary>Writes a portfolio of <paramref name="count"/> documents into <paramref name="root"/> (created), with a baseUrl.</summary>
    public static void Write(string root, int count, int seed = 20260115)
    {
        foreach (var (path, text) in Files(count, seed))
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }

    /// <summary>Every file of the portfolio (relative path, text), in a fixed order.</summary>
    public static IEnumerable<(string Path, string Text)> Files(int count, int seed = 20260115)
    {
        yield return ("certfolio.yaml", "title: \"Generated certifications\"\nbaseUrl: \"https://certs.example.org/\"\nowner:\n  name: \"Sam Example\"\n  headline: \"Platform engineer\"\ndateFormat: \"dd.MM.yyyy\"\nexpiringDays: 90\n");
        foreach (var (_, logo) in Providers)
        {
            if (logo is null) continue;
            yield return ($"public/logos/{logo}", $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>{logo}</title><rect width=\"10\" height=\"10\"/></svg>\n");
        }
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return ($"certifications/cert-{i:D5}.md", Document(random, i));
    }

    private static string Document(Random random, int index)
    {
        var invariant = CultureInfo.InvariantCulture;
        var (provider, logo) = Providers[random.Next(Providers.Length)];
        var issued = new DateOnly(2015, 1, 1).AddDays(random.Next(11 * 365));
        var skills = Enumerable.Range(0, random.Next(0, 8)).Select(_ => Skills[random.Next(Skills.Length)]).ToArray();
        var level = LevelChoices[random.Next(LevelChoices.Length)];
        var text = new StringBuilder();
        text.Append("---\n");
        // Some titles repeat on purpose, so list order falls back to slug and path.
        var title = random.Next(20) == 0 ? "Cloud Practitioner" : $"{Capital(Word(random))} {Capital(Word(random))} {provider.Split(' ')[0]} {index}";
        text.Append("title: \"").Append(Escape(title)).Append("\"\n");
        text.Append("date: \"").Append(issued.ToString("dd.MM.yyyy", invariant)).Append("\"\n");
        text.Append("provider: \"").Append(Escape(provider)).Append("\"\n");
        if (random.Next(4) != 0) text.Append("description: \"").Append(Escape(Sentence(random, 8))).Append("\"\n");
        if (random.Next(3) != 0) text.Append("credentialId: \"ID-").Append(random.Next(100000, 999999).ToString(invariant)).Append("\"\n");
        switch (random.Next(5))
        {
            case 0: break; // never expires
            case 1: text.Append("expiryDate: \"").Append(Today.AddDays(random.Next(-60, 90)).ToString("dd.MM.yyyy", invariant)).Append("\"\n"); break;
            default: text.Append("expiryDate: \"").Append(issued.AddYears(random.Next(1, 5)).ToString("dd.MM.yyyy", invariant)).Append("\"\n"); break;
        }
        if (random.Next(3) == 0) text.Append("verificationUrl: \"https://verify.example.org/").Append(index.ToString(invariant)).Append("\"\n");
        if (skills.Length > 0) text.Append("skills: [").Append(string.Join(", ", skills.Select(s => "\"" + Escape(s) + "\""))).Append("]\n");
        if (level is not null) text.Append("level: \"").Append(Escape(level)).Append("\"\n");
        if (logo is not null && random.Next(3) != 0) text.Append("logo: \"/logos/").Append(logo).Append("\"\n");
        text.Append("---\n\n");
        text.Append("# ").Append(Capital(Word(random))).Append(' ').Append(Word(random)).Append("\n\n");
        text.Append(Sentence(random, 20)).Append("\n\n");
        if (random.Next(2) == 0)
        {
            for (var j = 0; j < 3; j++) text.Append("- ").Append(Sentence(random, 5)).Append('\n');
            text.Append('\n');
        }
        if (random.Next(3) == 0) text.Append("See [the guide](https://example.org/").Append(Word(random)).Append(") and [home](/).\n\n");
        if (random.Next(4) == 0) text.Append("```yaml\nkey: ").Append(Word(random)).Append("\n```\n\n");
        if (random.Next(6) == 0) text.Append("| Domain | Weight |\n|---|---|\n| ").Append(Word(random)).Append(" | ").Append(random.Next(100).ToString(invariant)).Append("% |\n\n");
        if (random.Next(10) == 0) text.Append("Text with <b>inline</b> HTML & an ampersand.\n");
        return text.ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Sentence(Random random, int words) =>
        Capital(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)))) + ".";

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}

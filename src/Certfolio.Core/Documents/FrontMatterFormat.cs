namespace Certfolio.Core.Documents;

public enum FrontMatterFormat
{
    Yaml,
    Toml,
}

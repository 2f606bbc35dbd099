namespace Certfolio.Cli.Output;

public enum OutputFormat
{
    Text,
    Json,
    Github,
}

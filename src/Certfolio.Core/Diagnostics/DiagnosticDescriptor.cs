namespace Certfolio.Core.Diagnostics;

/// <summary>A kind of problem: a stable id, a default severity, and a message template (composite format).</summary>
public sealed record DiagnosticDescriptor(string Id, Severity Severity, string Title, string MessageFormat);

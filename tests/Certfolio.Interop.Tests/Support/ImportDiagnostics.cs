using Certfolio.Core.Diagnostics;

namespace Certfolio.Interop.Tests.Support;

public static class ImportDiagnostics
{
    /// <summary>Whether <paramref name="diagnostic"/> is a <paramref name="descriptor"/> about <paramref name="path"/>: every import descriptor names the path first.</summary>
    public static bool Is(this Diagnostic diagnostic, DiagnosticDescriptor descriptor, string path) =>
        diagnostic.Descriptor == descriptor && diagnostic.Message.StartsWith(path + ": ", StringComparison.Ordinal);
}

using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Server.Tests.Support;

public static class Diagnostics
{
    private static readonly DiagnosticDescriptor TestError = new("CF9999", Severity.Error, "Test error", "{0}");

    public static Diagnostic Error(string file, string message, int line = 1, int column = 1) =>
        Diagnostic.Create(TestError, new SourceLocation(file, line, column), message);
}

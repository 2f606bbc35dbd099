using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>A YAML syntax error in plain words: what to report, where (in the front matter's own lines), with what.</summary>
public sealed record YamlProblem(DiagnosticDescriptor Descriptor, LinePosition Position, object[] Arguments);

using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>
/// A Fluid value that prints itself as it is, never through the template's encoder: its content is already safe HTML
/// (a sanitized body, cached cards). Subclasses say only how they write.
/// </summary>
internal abstract class UnencodedValue : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    [Obsolete("Fluid prefers WriteToAsync; kept because the base class still declares it.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Write(writer);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Write(writer);
        return ValueTask.CompletedTask;
    }

    protected abstract void Write(TextWriter writer);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public abstract override int GetHashCode();
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>
/// The Fluid value of <see cref="TrustedFragments"/>. Inside <see cref="PageRenderer.RenderPage"/> it prints a
/// marker that the renderer later replaces with the fragments' bytes; elsewhere it prints the decoded text.
/// </summary>
internal sealed class FragmentsValue(TrustedFragments fragments) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is FragmentsValue f && ReferenceEquals(f.ToObjectValue(), fragments);

    public override bool ToBooleanValue() => fragments.Count > 0;

    public override decimal ToNumberValue() => fragments.Count;

    public override string ToStringValue() => string.Concat(fragments.Items.Select(f => Encoding.UTF8.GetString(f)));

    public override object ToObjectValue() => fragments;

    [Obsolete("Fluid prefers WriteToAsync; kept because the base class still declares it.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Write(writer);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Write(writer);
        return ValueTask.CompletedTask;
    }

    private void Write(TextWriter writer)
    {
        if (FragmentSplicer.Current is { } splicer) writer.Write(splicer.Marker(fragments));
        else writer.Write(ToStringValue());
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => fragments.GetHashCode();
}

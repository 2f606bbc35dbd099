using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>The Fluid value of <see cref="TrustedFragments"/>: writes each fragment unencoded, in order.</summary>
internal sealed class FragmentsValue(TrustedFragments fragments) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is FragmentsValue f && ReferenceEquals(f.ToObjectValue(), fragments);

    public override bool ToBooleanValue() => fragments.Count > 0;

    public override decimal ToNumberValue() => fragments.Count;

    public override string ToStringValue() => string.Concat(fragments.Items);

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
        foreach (var fragment in fragments.Items) writer.Write(fragment);
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => fragments.GetHashCode();
}

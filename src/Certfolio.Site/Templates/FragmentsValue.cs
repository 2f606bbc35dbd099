using System.Text;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>
/// The Fluid value of <see cref="TrustedFragments"/>. Printed into a page (a <see cref="SplicingWriter"/>) it prints
/// a marker that the renderer later replaces with the fragments' bytes; elsewhere (a capture, a card) the decoded text.
/// </summary>
internal sealed class FragmentsValue(TrustedFragments fragments) : UnencodedValue
{
    public override bool Equals(FluidValue other) => other is FragmentsValue f && ReferenceEquals(f.ToObjectValue(), fragments);

    public override bool ToBooleanValue() => fragments.Count > 0;

    public override decimal ToNumberValue() => fragments.Count;

    public override string ToStringValue() => string.Concat(fragments.Items.Select(f => Encoding.UTF8.GetString(f)));

    public override object ToObjectValue() => fragments;

    protected override void Write(TextWriter writer)
    {
        if (writer is SplicingWriter page) writer.Write(page.Splicer.Marker(fragments));
        else writer.Write(ToStringValue());
    }

    public override int GetHashCode() => fragments.GetHashCode();
}

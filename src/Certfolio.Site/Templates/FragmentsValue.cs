using System.Text;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>
/// The Fluid value of <see cref="TrustedFragments"/>. Inside <see cref="PageRenderer.RenderPage"/> it prints a
/// marker that the renderer later replaces with the fragments' bytes; elsewhere it prints the decoded text.
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
        if (FragmentSplicer.Current is { } splicer) writer.Write(splicer.Marker(fragments));
        else writer.Write(ToStringValue());
    }

    public override int GetHashCode() => fragments.GetHashCode();
}

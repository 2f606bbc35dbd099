using Certfolio.Site.Markdown;
using Fluid;
using Fluid.Values;

namespace Certfolio.Site.Templates;

/// <summary>
/// The Fluid value of a <see cref="RenderedBody"/>: printed, it renders the body straight into the page's writer
/// (no string of the body in between); used any other way (compared, filtered, <c>.size</c>) it is exactly the
/// unencoded string value of its HTML.
/// </summary>
internal sealed class BodyValue(RenderedBody body) : UnencodedValue
{
    private StringValue? _text;

    private StringValue Text => _text ??= new StringValue(body.Html, encode: false);

    public override bool Equals(FluidValue other) => Text.Equals(other);

    // A string value is always truthy and never nil; answering without the text keeps Fluid's output path
    // (which asks IsNil before printing) from rendering the body to a string.
    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => Text.ToNumberValue();

    public override string ToStringValue() => Text.ToStringValue();

    public override object ToObjectValue() => Text.ToObjectValue();

    public override bool IsNil() => false;

    public override bool Contains(FluidValue value) => Text.Contains(value);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => Text.GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => Text.GetIndexAsync(index, context);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => Text.Enumerate(context);

    [Obsolete("Fluid prefers the overload with a context; kept because the base class still declares it.")]
    public override IEnumerable<FluidValue> Enumerate() => Text.Enumerate();

    protected override void Write(TextWriter writer)
    {
        if (_text is not null) writer.Write(_text.ToStringValue());
        else body.WriteTo(writer);
    }

    public override int GetHashCode() => Text.GetHashCode();
}

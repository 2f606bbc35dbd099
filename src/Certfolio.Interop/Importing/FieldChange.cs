namespace Certfolio.Interop.Importing;

/// <summary>How a changed value is shaped, so it can be written in the style of the value it replaces.</summary>
public enum FieldKind
{
    Text,
    Date,
    List,
    /// <summary>A bare word such as <c>month</c> (for <c>datePrecision</c>).</summary>
    Word,
}

/// <summary>
/// One front matter key whose imported value differs from the document's. <see cref="Key"/> is the key as
/// the file names it; <see cref="OldText"/>/<see cref="NewText"/> are for people, <see cref="NewValue"/> for writing.
/// </summary>
public sealed record FieldChange(string Key, FieldKind Kind, string? OldText, string NewText, object NewValue)
{
    public override string ToString() => $"{Key}: {OldText ?? "(absent)"} -> {NewText}";
}

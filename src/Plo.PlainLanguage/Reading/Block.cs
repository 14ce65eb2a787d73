namespace Plo.PlainLanguage.Reading;

public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
}

/// <summary>Where a block sits in the letter: only the body is scored.</summary>
public enum LetterPart
{
    Address,
    Salutation,
    Body,
    SignOff,
}

/// <summary>A heading, paragraph or list item; <see cref="Start"/> is an offset into the letter's plain text.</summary>
public sealed record Block(BlockKind Kind, int Start, int Length, string Text)
{
    public LetterPart Part { get; init; } = LetterPart.Body;

    /// <summary>The HTML classes on the block and its containers, innermost first ("council letterhead"): how a
    /// Word rendition lays the block out. The checker does not read them.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);

    public int End => Start + Length;
}

/// <summary>A letter read into plain text and blocks.</summary>
public sealed record LetterText(string Text, IReadOnlyList<Block> Blocks);

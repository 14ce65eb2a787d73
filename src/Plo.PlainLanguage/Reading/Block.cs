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
    public int End => Start + Length;
}

/// <summary>A letter read into plain text and blocks.</summary>
public sealed record LetterText(string Text, IReadOnlyList<Block> Blocks);

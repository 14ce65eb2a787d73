using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Plo.PlainLanguage.Reading;

/// <summary>
/// Reads an HTML letter into blocks (h1–h6 headings, paragraphs, list items; other containers are
/// walked through) and a plain text in which blocks are separated by blank lines.
/// </summary>
public static class HtmlLetterReader
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "HEAD", "TITLE", "TEMPLATE", "NOSCRIPT"];
    private static readonly HashSet<string> Headings = ["H1", "H2", "H3", "H4", "H5", "H6"];
    private static readonly HashSet<string> Paragraphs =
    [
        "P",
        "TD",
        "TH",
        "DT",
        "DD",
        "CAPTION",
        "FIGCAPTION",
        "BLOCKQUOTE",
        "ADDRESS",
        "PRE",
    ];
    private static readonly HashSet<string> Containers =
    [
        "BODY",
        "HTML",
        "DIV",
        "SECTION",
        "ARTICLE",
        "HEADER",
        "FOOTER",
        "MAIN",
        "ASIDE",
        "NAV",
        "UL",
        "OL",
        "DL",
        "TABLE",
        "TBODY",
        "THEAD",
        "TFOOT",
        "TR",
        "FORM",
        "FIELDSET",
        "FIGURE",
    ];

    public static LetterText Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var pieces = new List<Piece>();
        Walk(document.Body ?? (INode)document.DocumentElement, pieces);

        var text = new StringBuilder();
        var blocks = new List<Block>();
        foreach (var (kind, content, classes) in pieces.Where(p => p.Text.Length > 0))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            blocks.Add(new Block(kind, text.Length, content.Length, content) { Classes = classes });
            text.Append(content);
        }

        return new LetterText(text.ToString(), blocks);
    }

    private static void Walk(INode node, List<Piece> pieces)
    {
        var inline = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && IsBlock(element.TagName))
            {
                FlushInline(inline, node, pieces);
                if (Skipped.Contains(element.TagName))
                {
                    continue;
                }

                if (Headings.Contains(element.TagName))
                {
                    pieces.Add(new(BlockKind.Heading, InlineText(element), ClassesOf(element)));
                }
                else if (element.TagName == "LI")
                {
                    AddListItem(element, pieces);
                }
                else if (Paragraphs.Contains(element.TagName) && !element.Children.Any(c => IsBlock(c.TagName)))
                {
                    pieces.Add(new(BlockKind.Paragraph, InlineText(element), ClassesOf(element)));
                }
                else
                {
                    Walk(element, pieces);
                }
            }
            else
            {
                AppendInline(child, inline);
            }
        }

        FlushInline(inline, node, pieces);
    }

    private static void AddListItem(IElement item, List<Piece> pieces)
    {
        var nested = item.Children.Where(c => c.TagName is "UL" or "OL").ToList();
        var own = new StringBuilder();
        foreach (var child in item.ChildNodes.Where(c => c is not IElement e || !nested.Contains(e)))
        {
            AppendInline(child, own);
        }

        pieces.Add(new(BlockKind.ListItem, Normalise(own.ToString()), ClassesOf(item)));
        foreach (var list in nested)
        {
            Walk(list, pieces);
        }
    }

    private static string[] ClassesOf(IElement element)
    {
        var classes = new List<string>();
        for (var e = element; e is not null && e.TagName != "BODY"; e = e.ParentElement)
        {
            classes.AddRange(e.ClassList);
        }

        return classes.Count == 0 ? [] : [.. classes];
    }

    private sealed record Piece(BlockKind Kind, string Text, IReadOnlyList<string> Classes);

    private static bool IsBlock(string tag) =>
        Skipped.Contains(tag)
        || Headings.Contains(tag)
        || Paragraphs.Contains(tag)
        || Containers.Contains(tag)
        || tag == "LI";

    private static void FlushInline(StringBuilder inline, INode container, List<Piece> pieces)
    {
        var text = Normalise(inline.ToString());
        if (text.Length > 0)
        {
            pieces.Add(new(BlockKind.Paragraph, text, container is IElement e ? ClassesOf(e) : []));
        }

        inline.Clear();
    }

    private static string InlineText(INode node)
    {
        var text = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            AppendInline(child, text);
        }

        return Normalise(text.ToString());
    }

    private static void AppendInline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement { TagName: "BR" }:
                text.Append('\n');
                break;
            case IElement e when !Skipped.Contains(e.TagName):
                foreach (var child in e.ChildNodes)
                {
                    AppendInline(child, text);
                }

                break;
        }
    }

    /// <summary>Collapses white space as a browser would, keeping explicit line breaks.</summary>
    private static string Normalise(string text)
    {
        var lines = text.Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }
}

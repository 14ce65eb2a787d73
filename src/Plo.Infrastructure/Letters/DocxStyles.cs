using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Plo.Infrastructure.Letters;

/// <summary>The Word styles of a letter, mirroring the print letter's CSS (Arial 12 pt, 12 pt after paragraphs,
/// letterhead on the right, headings in bold). Sizes are in half-points, spacing in twentieths of a point.</summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Council = "Council";
    public const string Letterhead = "Letterhead";
    public const string Address = "Address";
    public const string Date = "LetterDate";
    public const string Title = "Title";
    public const string Heading = "Heading2";
    public const string ListBullet = "ListBullet";

    public static void Add(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(
                        new RunFonts
                        {
                            Ascii = "Arial",
                            HighAnsi = "Arial",
                            ComplexScript = "Arial",
                        },
                        new FontSize { Val = "24" },
                        new Languages { Val = "en-GB" }
                    )
                ),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Spacing(0, 240)))
            ),
            Defaulted(Paragraph(Normal, "Normal", null, null)),
            Paragraph(Letterhead, "Letterhead", Right(Spacing(0, 0)), null),
            Paragraph(Council, "Council", Right(Spacing(0, 40)), new StyleRunProperties(new Bold(), Size(28))),
            // Below the letterhead, against the left margin: where a DL window envelope shows it.
            Paragraph(Address, "Address", new StyleParagraphProperties(Spacing(480, 360)), null),
            Paragraph(Date, "Letter date", new StyleParagraphProperties(Spacing(0, 360)), null),
            Paragraph(
                Title,
                "Title",
                new StyleParagraphProperties(new KeepNext(), Spacing(120, 240), new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), Size(28))
            ),
            Paragraph(
                Heading,
                "heading 2",
                new StyleParagraphProperties(new KeepNext(), Spacing(240, 80), new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), Size(26))
            ),
            Paragraph(ListBullet, "List Bullet", new StyleParagraphProperties(Spacing(0, 80)), null)
        );
        part.Styles.Save();
    }

    private static Style Defaulted(Style style)
    {
        style.Default = true;
        return style;
    }

    private static Style Paragraph(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (id != Normal)
        {
            style.Append(new BasedOn { Val = Normal }, new NextParagraphStyle { Val = Normal });
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static StyleParagraphProperties Right(SpacingBetweenLines spacing) =>
        new(spacing, new Justification { Val = JustificationValues.Right });

    private static SpacingBetweenLines Spacing(int before, int after) =>
        new() { Before = Twips(before), After = Twips(after) };

    private static FontSize Size(int halfPoints) => new() { Val = Twips(halfPoints) };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Plo.Application.Letters;
using Plo.PlainLanguage.Reading;

namespace Plo.Infrastructure.Letters;

/// <summary>
/// Writes a letter as .docx from the same blocks the plain-language checker reads (so the Word
/// paragraphs are the text rendition's paragraphs): headings in Heading 2, bullet lists as real
/// Word lists, line breaks kept inside paragraphs.
/// </summary>
public sealed class DocxLetterWriter : ILetterDocumentWriter
{
    private const int BulletNumbering = 1;

    public byte[] ToDocx(string html)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddBulletNumbering(main);
            var body = new Body();
            foreach (var block in HtmlLetterReader.Read(html).Blocks)
            {
                body.Append(Paragraph(block));
            }

            body.Append(
                new SectionProperties(
                    new PageSize { Width = 11906, Height = 16838 }, // A4 in twentieths of a point
                    new PageMargin
                    {
                        Top = 1020,
                        Bottom = 1134,
                        Left = 1134,
                        Right = 1134,
                        Header = 708,
                        Footer = 708,
                        Gutter = 0,
                    }
                )
            );
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(Block block)
    {
        var properties = block.Kind switch
        {
            BlockKind.Heading => new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }),
            BlockKind.ListItem => new ParagraphProperties(
                new ParagraphStyleId { Val = "ListBullet" },
                new NumberingProperties(
                    new NumberingLevelReference { Val = 0 },
                    new NumberingId { Val = BulletNumbering }
                )
            ),
            _ => new ParagraphProperties(),
        };

        var run = new Run();
        var lines = block.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(properties, run);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = "Arial", HighAnsi = "Arial" },
                        new FontSize { Val = "24" }
                    )
                )
            ),
            new Style(new StyleName { Val = "Normal" })
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            new Style(
                new StyleName { Val = "heading 2" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Before = "240", After = "80" },
                    new OutlineLevel { Val = 1 }
                ),
                new StyleRunProperties(new Bold(), new FontSize { Val = "26" })
            )
            {
                Type = StyleValues.Paragraph,
                StyleId = "Heading2",
            },
            new Style(new StyleName { Val = "List Bullet" }, new BasedOn { Val = "Normal" })
            {
                Type = StyleValues.Paragraph,
                StyleId = "ListBullet",
            }
        );
        styles.Styles.Save();
    }

    private static void AddBulletNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                new Level(
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" })
                )
                {
                    LevelIndex = 0,
                }
            )
            {
                AbstractNumberId = 0,
            },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumbering }
        );
        numbering.Numbering.Save();
    }
}

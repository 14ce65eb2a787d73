using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Plo.Application.Letters;
using Plo.PlainLanguage.Reading;

namespace Plo.Infrastructure.Letters;

/// <summary>
/// Writes a letter as .docx from the same blocks the plain-language checker reads (so the Word paragraphs are the
/// text rendition's paragraphs), laid out like the printed letter: the letterhead on the right, the parent's address
/// on the left where a window envelope shows it, space between paragraphs, headings, the opening warning in bold,
/// and the solicitor list on a page of its own. The template's HTML classes say which block is which.
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
            DocxStyles.Add(main);
            AddBulletNumbering(main);
            var body = new Body();
            var inSolicitorList = false;
            foreach (var block in HtmlLetterReader.Read(html).Blocks)
            {
                var startsList = block.HasClass("solicitors") && !inSolicitorList;
                inSolicitorList |= startsList;
                body.Append(Paragraph(block, startsList));
            }

            // A4, with the print letter's margins: 18 mm top, 20 mm sides and bottom.
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

    private static Paragraph Paragraph(Block block, bool newPage)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = StyleFor(block) });
        if (block.Kind == BlockKind.ListItem)
        {
            properties.Append(
                new NumberingProperties(
                    new NumberingLevelReference { Val = 0 },
                    new NumberingId { Val = BulletNumbering }
                )
            );
        }

        if (newPage)
        {
            properties.Append(new PageBreakBefore());
        }

        var run = new Run();
        if (block.HasClass("warning"))
        {
            run.Append(new RunProperties(new Bold()));
        }

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

    private static string StyleFor(Block block) =>
        block switch
        {
            _ when block.HasClass("council") => DocxStyles.Council,
            _ when block.HasClass("letterhead") => DocxStyles.Letterhead,
            _ when block.HasClass("recipient") => DocxStyles.Address,
            _ when block.HasClass("date") => DocxStyles.Date,
            { Kind: BlockKind.Heading } when block.HasClass("title") => DocxStyles.Title,
            { Kind: BlockKind.Heading } => DocxStyles.Heading,
            { Kind: BlockKind.ListItem } => DocxStyles.ListBullet,
            _ => DocxStyles.Normal,
        };

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

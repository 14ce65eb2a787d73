using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Plo.Application.PlainLanguage;
using Plo.Domain.Common;

namespace Plo.Infrastructure.Letters;

/// <summary>Reads a .docx's body paragraphs as plain text: one paragraph per block, blank lines between.</summary>
public sealed class DocxTextReader : IDocumentTextReader
{
    public string ReadDocx(Stream document, string field)
    {
        try
        {
            using var word = WordprocessingDocument.Open(document, isEditable: false);
            var body =
                word.MainDocumentPart?.Document?.Body
                ?? throw new DomainValidationException(field, "This Word document has no text.");
            var paragraphs = body.Descendants<Paragraph>()
                .Select(p => p.InnerText.Trim())
                .Where(text => text.Length > 0);
            return string.Join("\n\n", paragraphs);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new DomainValidationException(field, "This file is not a Word document (.docx) that Plo can read.");
        }
    }
}

namespace Plo.Application.Letters;

/// <summary>Turns a letter's HTML into a Word document with the same headings, paragraphs and lists.</summary>
public interface ILetterDocumentWriter
{
    byte[] ToDocx(string html);
}

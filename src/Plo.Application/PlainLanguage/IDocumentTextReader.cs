namespace Plo.Application.PlainLanguage;

/// <summary>Reads the words of a document written outside Plo, so that the checker can read it too.</summary>
public interface IDocumentTextReader
{
    /// <summary>The paragraphs of a Word (.docx) document, separated by blank lines. Throws
    /// <see cref="Domain.Common.DomainValidationException"/> on <paramref name="field"/> when it is not one.</summary>
    string ReadDocx(Stream document, string field);
}

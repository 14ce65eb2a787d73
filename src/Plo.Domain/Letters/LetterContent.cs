namespace Plo.Domain.Letters;

/// <summary>
/// One rendering of a letter: the HTML, the plain text the checker read (finding offsets point into
/// it), the checker's report as JSON, the template version (content hash) and the model it was built from.
/// </summary>
public sealed record LetterContent(
    string Html,
    string Text,
    string ReportJson,
    int ErrorCount,
    int WarningCount,
    string TemplateVersion,
    string ModelJson
);

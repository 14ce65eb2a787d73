using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>Writes each letter's report as soon as it and every letter before it are checked, then the
/// ending.</summary>
internal interface ILetterReportWriter
{
    void Write(LetterReport report);

    void End();
}

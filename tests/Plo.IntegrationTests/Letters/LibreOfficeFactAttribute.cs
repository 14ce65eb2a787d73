namespace Plo.IntegrationTests.Letters;

/// <summary>
/// A test that renders a Word letter with LibreOffice. Where LibreOffice is missing it is skipped with how to
/// install it, except in CI (the <c>CI</c> variable set), where it runs and fails: <c>.ci/run</c> installs it.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public const string Soffice = "/usr/bin/soffice";
    public const string PdfToText = "/usr/bin/pdftotext";

    public LibreOfficeFactAttribute()
    {
        if (
            !(File.Exists(Soffice) && File.Exists(PdfToText))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        )
        {
            Skip =
                "LibreOffice or pdftotext is missing: run `sudo apt-get install -y --no-install-recommends "
                + "libreoffice-writer-nogui poppler-utils` to run the Word layout test.";
        }
    }
}

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Plo.Infrastructure.Letters;

/// <summary>Resolves <c>include '_partials/name'</c> to a file inside the templates folder, and nothing outside
/// it.</summary>
internal sealed class ConfinedTemplateLoader(string root) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(root, templateName + LetterTemplateCatalog.Extension));
        var inside = full.StartsWith(
            Path.Combine(root, LetterTemplateCatalog.PartialsFolder) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal
        );
        return inside && !templateName.Contains("..", StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException(
                $"A letter template may only include partials in {LetterTemplateCatalog.PartialsFolder}/ "
                    + $"('{templateName}')."
            );
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(templatePath);

    public async ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        await File.ReadAllTextAsync(templatePath);
}

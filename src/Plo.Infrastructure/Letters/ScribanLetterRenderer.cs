using System.Globalization;
using Plo.Application.Letters;
using Plo.Application.Letters.Model;
using Plo.Domain.Letters;
using Scriban;

namespace Plo.Infrastructure.Letters;

/// <summary>
/// Renders letters safely: strict variables (a misspelt field is an error, not a blank), no relaxed
/// member access, loop, recursion and output limits that throw rather than truncate, a time limit,
/// includes confined to the partials folder, and every model value HTML-encoded (see <see cref="ScriptModel"/>).
/// </summary>
public sealed class ScribanLetterRenderer(LetterTemplateCatalog catalog) : ILetterRenderer
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly ConfinedTemplateLoader _loader = new(catalog.Folder);

    public RenderedLetter Render(LetterKind kind, LetterModel model)
    {
        var (template, version) = catalog.For(kind);
        using var timeout = new CancellationTokenSource(TimeLimit);
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedIndexerAccess = false,
            LoopLimit = 500,
            RecursiveLimit = 20,
            ObjectRecursionLimit = 10,
            LimitToString = 100_000,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = 500_000,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            TemplateLoader = _loader,
            CancellationToken = timeout.Token,
        };
        foreach (var (path, partial) in catalog.Partials)
        {
            context.CachedTemplates[path] = partial;
        }

        context.PushCulture(English);
        context.PushGlobal(ScriptModel.From(model));
        return new RenderedLetter(template.Render(context), version);
    }
}

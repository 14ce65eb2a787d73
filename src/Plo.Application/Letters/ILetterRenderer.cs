using Plo.Application.Letters.Model;
using Plo.Domain.Letters;

namespace Plo.Application.Letters;

/// <summary>Renders a letter model with the kind's template; the template version is a hash of its content.</summary>
public interface ILetterRenderer
{
    RenderedLetter Render(LetterKind kind, LetterModel model);
}

public sealed record RenderedLetter(string Html, string TemplateVersion);

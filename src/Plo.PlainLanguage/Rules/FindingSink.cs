using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>Collects findings for one check, taking the quoted text from the letter itself.</summary>
public sealed class FindingSink(AnalysedLetter letter)
{
    private readonly List<Finding> _findings = [];

    public IReadOnlyList<Finding> Findings => _findings;

    public void Add(IRule rule, Severity severity, int start, int length, string message, string? suggestion = null, string? slot = null) =>
        _findings.Add(new Finding(rule.Id, rule.Name, severity, start, length, letter.Slice(start, length), message, suggestion, slot));

    public void Add(IRule rule, Severity severity, Token first, Token last, string message, string? suggestion = null) =>
        Add(rule, severity, first.Start, last.End - first.Start, message, suggestion);

    /// <summary>A finding about the whole body (a score, a missing part): it points at the start of the body.</summary>
    public void AddForBody(IRule rule, Severity severity, string message, string? suggestion = null, string? slot = null) =>
        Add(rule, severity, letter.BodyStart, 0, message, suggestion, slot);
}

public interface IRule
{
    /// <summary>Exactly the R-number, like R06.</summary>
    string Id { get; }

    /// <summary>Kebab-case, like jargon.</summary>
    string Name { get; }

    void Check(AnalysedLetter letter, FindingSink findings);
}

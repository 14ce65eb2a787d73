using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// Collects findings for one check, taking the quoted text from the letter itself. One rule reports at most
/// <see cref="MaxPerRule"/> places; past that a reader learns nothing new, and a hostile text could otherwise
/// produce one finding per word.
/// </summary>
public sealed class FindingSink(AnalysedLetter letter)
{
    public const int MaxPerRule = 50;

    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, int> _perRule = [];

    public IReadOnlyList<Finding> Findings => _findings;

    public void Add(
        IRule rule,
        Severity severity,
        int start,
        int length,
        string message,
        string? suggestion = null,
        string? slot = null
    )
    {
        var count = _perRule[rule.Id] = _perRule.GetValueOrDefault(rule.Id) + 1;
        if (count <= MaxPerRule)
        {
            _findings.Add(
                new Finding(
                    rule.Id,
                    rule.Name,
                    severity,
                    start,
                    length,
                    letter.Slice(start, length),
                    message,
                    suggestion,
                    slot
                )
            );
        }
    }

    /// <summary>After a rule has run: one note for the places it found beyond the limit.</summary>
    public void EndRule(IRule rule)
    {
        if (_perRule.GetValueOrDefault(rule.Id) is var count and > MaxPerRule)
        {
            var last = _findings.FindLast(f => f.RuleId == rule.Id)!;
            _findings.Add(
                last with
                {
                    Severity = Severity.Info,
                    Message = $"{count - MaxPerRule} more like this are not listed.",
                    Length = 0,
                    Text = "",
                }
            );
        }
    }

    public void Add(
        IRule rule,
        Severity severity,
        Token first,
        Token last,
        string message,
        string? suggestion = null
    ) => Add(rule, severity, first.Start, last.End - first.Start, message, suggestion);

    /// <summary>A finding about the whole body (a score, a missing part): it points at the start of the body.</summary>
    public void AddForBody(
        IRule rule,
        Severity severity,
        string message,
        string? suggestion = null,
        string? slot = null
    ) => Add(rule, severity, letter.BodyStart, 0, message, suggestion, slot);
}

public interface IRule
{
    /// <summary>Exactly the R-number, like R06.</summary>
    string Id { get; }

    /// <summary>Kebab-case, like jargon.</summary>
    string Name { get; }

    void Check(AnalysedLetter letter, FindingSink findings);
}

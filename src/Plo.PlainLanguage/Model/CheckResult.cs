namespace Plo.PlainLanguage.Model;

public sealed record CheckResult(string Text, Metrics Metrics, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public bool HasErrors => Errors > 0;
}

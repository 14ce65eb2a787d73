namespace Plo.Api.Web;

/// <summary>
/// A form's errors keyed by field, with the keys the API uses (camelCase paths such as <c>rationale</c> or
/// <c>attendees[0].name</c>), so that a page shows the very messages the API gives. Each field's element id is
/// <see cref="IdFor"/> its key, which the error summary links to.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        var key = string.IsNullOrEmpty(field) ? "form" : field;
        if (!_errors.TryGetValue(key, out var messages))
        {
            _errors[key] = messages = [];
            _order.Add(key);
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public void AddAll(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    /// <summary>Adds the errors of fields that have none yet: the form's own reading of a field (a date that is not
    /// a real date) says more than the message's validation of the value it fell back to.</summary>
    public void AddAllNew(IDictionary<string, string[]> errors) =>
        AddAll(errors.Where(e => !_errors.ContainsKey(e.Key)).ToDictionary());

    public string? For(string field) =>
        _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Every error in the order it arrived, with the id of the field it belongs to.</summary>
    public IEnumerable<(string Id, string Message)> Summary() =>
        _order.SelectMany(key => _errors[key].Select(m => (IdFor(key), m)));

    /// <summary><c>attendees[0].name</c> → <c>attendees-0-name</c>: a valid, readable element id.</summary>
    public static string IdFor(string field) =>
        string.Join('-', field.Split(['[', ']', '.'], StringSplitOptions.RemoveEmptyEntries));
}

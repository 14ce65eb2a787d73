using System.Collections;
using System.Net;
using System.Text;
using Scriban.Runtime;

namespace Plo.Infrastructure.Letters;

/// <summary>
/// Turns the plain letter model into Scriban values: objects become <see cref="ScriptObject"/>s with
/// snake_case names, lists become <see cref="ScriptArray"/>s, and <b>every string is HTML-encoded</b>
/// here, once, so a name like <c>&lt;script&gt;</c> or <c>{{ 1+1 }}</c> prints as text. Templates never
/// see a .NET object, so they cannot reach anything but the model's values.
/// </summary>
internal static class ScriptModel
{
    /// <summary>No model value is longer than this; a longer one is cut, so output stays bounded.</summary>
    public const int MaxValueLength = 10_000;

    public static ScriptObject From(object model)
    {
        var script = new ScriptObject();
        foreach (var property in model.GetType().GetProperties())
        {
            script[SnakeCase(property.Name)] = Value(property.GetValue(model));
        }

        return script;
    }

    private static object? Value(object? value) =>
        value switch
        {
            null => null,
            string s => WebUtility.HtmlEncode(s.Length > MaxValueLength ? s[..MaxValueLength] : s),
            bool or int => value,
            IEnumerable list => new ScriptArray(list.Cast<object?>().Select(Value)),
            _ => From(value),
        };

    public static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                result.Append('_');
            }

            result.Append(char.ToLowerInvariant(name[i]));
        }

        return result.ToString();
    }
}

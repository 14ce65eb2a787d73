namespace Plo.Cli;

/// <summary><c>plo COMMAND [ARG...] [--name value | --flag]...</c>; options may repeat.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments(string command) => Command = command;

    public string Command { get; }
    public List<string> Positional { get; } = [];

    /// <summary>Reads the arguments, refusing at once an option the command does not know (so a typo is never
    /// ignored).</summary>
    public static CliArguments Parse(
        IReadOnlyList<string> args,
        IReadOnlySet<string> optionNames,
        IReadOnlySet<string> flagNames
    )
    {
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            throw new CliUsageException("Name a command.");
        }

        var parsed = new CliArguments(args[0]);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positional.Add(arg);
            }
            else if (flagNames.Contains(arg))
            {
                parsed._flags.Add(arg);
            }
            else if (!optionNames.Contains(arg))
            {
                throw new CliUsageException($"unknown option {arg} for '{parsed.Command}'.");
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Add(arg, args[++i]);
            }
            else
            {
                throw new CliUsageException($"Option {arg} needs a value.");
            }
        }

        return parsed;
    }

    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public string? Value(string name) =>
        All(name) switch
        {
            [] => null,
            [var one] => one,
            _ => throw new CliUsageException($"Give {name} once."),
        };

    public string Required(string name) => Value(name) ?? throw new CliUsageException($"Option {name} is required.");

    public bool Flag(string name) => _flags.Contains(name);

    private void Add(string name, string value)
    {
        if (!_options.TryGetValue(name, out var values))
        {
            _options[name] = values = [];
        }

        values.Add(value);
    }
}

public sealed class CliUsageException(string message) : Exception(message);

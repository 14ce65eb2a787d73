using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.UserSecrets;
using Microsoft.Extensions.Hosting;

namespace Plo.Infrastructure.Security;

/// <summary>
/// The key that signs Development tokens. It is never in the repository or a build: each developer's machine
/// makes its own on first run and keeps it in the user-secrets store (<c>plo-development</c>), which the API
/// and the CLI both read, so <c>plo token</c> mints tokens that the local API accepts.
/// </summary>
public static class DevelopmentSigningKey
{
    public const string UserSecretsId = "plo-development";
    public const string ValueKey = "Authentication:Schemes:Bearer:SigningKeys:0:Value";
    private const string IssuerKey = "Authentication:Schemes:Bearer:SigningKeys:0:Issuer";

    /// <summary>
    /// The signing key this repository once published in appsettings.Development.json: anyone can mint tokens with
    /// it, so no environment may accept it again.
    /// </summary>
    public const string FormerlyPublished = "cGxvLWRldmVsb3BtZW50LW9ubHktc2lnbmluZy1rZXktbm90LWZvci1wcm9kdWN0aW9u";

    /// <summary>In Development with no signing key configured, adds this machine's key (made now if there is
    /// none).</summary>
    public static void EnsureConfigured(IConfigurationManager configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment() || !string.IsNullOrWhiteSpace(configuration[ValueKey]))
        {
            return;
        }

        configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [ValueKey] = ReadOrCreate(SecretsPath),
                [IssuerKey] = configuration["Authentication:Schemes:Bearer:ValidIssuer"],
            }
        );
    }

    /// <summary>This machine's Development key, if it has made one.</summary>
    public static string? ThisMachines() => File.Exists(SecretsPath) ? Read(SecretsPath) : null;

    private static string SecretsPath => PathHelper.GetSecretsPathFromSecretsId(UserSecretsId);

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path) && Read(path) is { } existing)
        {
            return existing;
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secrets = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        secrets[ValueKey] = key;
        File.WriteAllText(path, JsonSerializer.Serialize(secrets));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    private static string? Read(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) is { } secrets
        && secrets.TryGetValue(ValueKey, out var key)
            ? key
            : null;
}

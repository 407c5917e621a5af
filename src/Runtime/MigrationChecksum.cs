using System.Security.Cryptography;
using System.Text;

namespace SchemaGen.Runtime;

/// <summary>
/// The checksum <see cref="IMigration.Checksum"/> is expected to hold, for hand-written migrations.
/// </summary>
public static class MigrationChecksum
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="up"/>.</summary>
    /// <param name="up">The migration's UP SQL, exactly as stored in <see cref="IMigration.Up"/>.</param>
    /// <returns>64 lower-case hex characters.</returns>
    public static string Compute(string up)
    {
        ArgumentNullException.ThrowIfNull(up);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(up)));
    }
}

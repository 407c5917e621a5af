using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchemaGen.Core;

namespace SchemaGen.Cli;

/// <summary>
/// <c>--format json</c>: one object with UP and DOWN as bare statements (no BEGIN/COMMIT, so
/// tools can run them with <c>psql -1 -f</c> or their own transaction), hazards and the
/// transactional flag.
/// </summary>
internal static class JsonMigrationWriter
{
    public static string Write(Migration migration, IReadOnlyCollection<Hazard>? acknowledged = null)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            // SQL holds quotes, < > and & and names in any script; escaping them all as \uXXXX
            // would make the output unreadable. The output is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("up", migration.Up);
            json.WriteString("down", migration.Down);
            json.WriteStartArray("hazards");
            foreach (var hazard in migration.Hazards)
            {
                json.WriteStartObject();
                json.WriteString("id", hazard.Id);
                json.WriteString("message", hazard.Message);
                json.WriteString("object", hazard.ObjectName);
                if (hazard.Location is { } location) json.WriteString("location", location.ToString());
                else json.WriteNull("location");
                json.WriteBoolean("acknowledged", acknowledged?.Contains(hazard) == true);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteBoolean("transactional", migration.IsTransactional);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}

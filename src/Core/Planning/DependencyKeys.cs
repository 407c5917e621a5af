using SchemaGen.Core.Model;

namespace SchemaGen.Core.Planning;

/// <summary>
/// Names of objects in the dependency graph that orders statements within a phase. Routines are
/// keyed by name only: an edge to every overload of a name costs nothing and needs no argument
/// resolution of the calls found in a body.
/// </summary>
internal static class DependencyKeys
{
    public static string Relation(QualifiedName name) => "relation:" + name;

    public static string Routine(QualifiedName name) => "routine:" + name;
}

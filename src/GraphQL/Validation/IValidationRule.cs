using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>The kinds of syntax node a rule is called for; the validator dispatches each node only to the rules that asked for its kind.</summary>
[Flags]
public enum ValidationNodeKinds
{
    None = 0,
    Document = 1 << 0,
    OperationDefinition = 1 << 1,
    VariableDefinition = 1 << 2,
    FragmentDefinition = 1 << 3,
    SelectionSet = 1 << 4,
    Field = 1 << 5,
    FragmentSpread = 1 << 6,
    InlineFragment = 1 << 7,
    Directive = 1 << 8,
    Argument = 1 << 9,
    Variable = 1 << 10,
    ListValue = 1 << 11,
    ObjectValue = 1 << 12,
    ObjectField = 1 << 13,
    NullValue = 1 << 14,

    /// <summary>Int, float, string, boolean and enum literals.</summary>
    ScalarValue = 1 << 15,
    NamedType = 1 << 16,
    TypeSystemDefinition = 1 << 17,
}

/// <summary>
/// One validation rule. The validator walks the document once and calls every rule, in rule order, as it enters and
/// leaves each node of the kinds the rule asked for; <see cref="ValidationContext"/> tells where the walk is (parent
/// type, field definition, expected input type …). Rules are shared between validations, so they keep no state of
/// their own: whatever must outlive one call lives in the context.
/// </summary>
public interface IValidationRule
{
    /// <summary>The node kinds <see cref="Enter"/> is called for.</summary>
    ValidationNodeKinds Enters { get; }

    /// <summary>The node kinds <see cref="Leave"/> is called for.</summary>
    ValidationNodeKinds Leaves { get; }

    /// <summary>Checks a node on the way down; false skips the node's descendants (and its leave) for this rule only.</summary>
    bool Enter(ValidationContext context, Node node);

    /// <summary>Checks a node on the way up, after all its descendants.</summary>
    void Leave(ValidationContext context, Node node);
}

/// <summary>A rule that only needs to override the calls it uses.</summary>
public abstract class ValidationRule : IValidationRule
{
    public abstract ValidationNodeKinds Enters { get; }

    public virtual ValidationNodeKinds Leaves => ValidationNodeKinds.None;

    public virtual bool Enter(ValidationContext context, Node node) => true;

    public virtual void Leave(ValidationContext context, Node node)
    {
    }
}

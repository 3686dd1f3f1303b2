namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// Collects errors for one object. Rule-family validators only say what is wrong and where; the sink adds the
/// condition, reason and scope its owner chose, so the same hostname rule serves routes and listeners.
/// </summary>
internal sealed class ErrorSink
{
    private readonly List<ValidationError> errors;
    private readonly string conditionType;
    private readonly string reason;
    private readonly int? ruleIndex;
    private readonly int? listenerIndex;

    public ErrorSink(string conditionType, string reason)
        : this([], conditionType, reason, null, null)
    {
    }

    private ErrorSink(List<ValidationError> errors, string conditionType, string reason, int? ruleIndex, int? listenerIndex)
    {
        this.errors = errors;
        this.conditionType = conditionType;
        this.reason = reason;
        this.ruleIndex = ruleIndex;
        this.listenerIndex = listenerIndex;
    }

    public IReadOnlyList<ValidationError> Errors => errors;

    public ErrorSink WithReason(string newConditionType, string newReason) => new(errors, newConditionType, newReason, ruleIndex, listenerIndex);

    public ErrorSink ForRule(int index) => new(errors, conditionType, reason, index, listenerIndex);

    public ErrorSink ForListener(int index) => new(errors, conditionType, reason, ruleIndex, index);

    public void Add(string fieldPath, string message) =>
        errors.Add(new ValidationError(fieldPath, message, conditionType, reason) { RuleIndex = ruleIndex, ListenerIndex = listenerIndex });

    /// <summary>Reports when a list is longer than the spec allows; true when within the limit.</summary>
    public bool MaxItems<T>(IReadOnlyCollection<T> items, int max, string fieldPath)
    {
        if (items.Count <= max)
        {
            return true;
        }

        Add(fieldPath, $"has {items.Count} items; at most {max} are allowed.");
        return false;
    }

    public void MinItems<T>(IReadOnlyCollection<T> items, int min, string fieldPath)
    {
        if (items.Count < min)
        {
            Add(fieldPath, min == 1 ? "must not be empty." : $"must have at least {min} items.");
        }
    }

    public void Range(int value, int min, int max, string fieldPath)
    {
        if (value < min || value > max)
        {
            Add(fieldPath, $"is {value}; it must be between {min} and {max}.");
        }
    }

    public void OneOf(string value, IReadOnlyCollection<string> allowed, string fieldPath)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Add(fieldPath, $"'{NameRules.Shorten(value)}' is not supported; use one of {string.Join(", ", allowed)}.");
        }
    }

    public void MaxLength(string value, int max, string fieldPath)
    {
        if (value.Length > max)
        {
            Add(fieldPath, $"is {value.Length} characters long; at most {max} are allowed.");
        }
    }
}

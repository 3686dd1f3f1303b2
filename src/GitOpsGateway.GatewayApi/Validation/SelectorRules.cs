namespace GitOpsGateway.GatewayApi.Validation;

internal static class SelectorRules
{
    public static void Selector(LabelSelector selector, string path, ErrorSink errors)
    {
        NameRules.Labels(selector.MatchLabels, path + ".matchLabels", errors);
        for (var i = 0; i < selector.MatchExpressions.Count; i++)
        {
            var requirement = selector.MatchExpressions[i];
            var itemPath = $"{path}.matchExpressions[{i}]";
            NameRules.QualifiedName(requirement.Key, itemPath + ".key", errors);
            switch (requirement.Operator)
            {
                case LabelSelectorOperators.In or LabelSelectorOperators.NotIn when requirement.Values.Count == 0:
                    errors.Add(itemPath + ".values", $"must not be empty for operator {requirement.Operator}.");
                    break;
                case LabelSelectorOperators.Exists or LabelSelectorOperators.DoesNotExist when requirement.Values.Count > 0:
                    errors.Add(itemPath + ".values", $"must be empty for operator {requirement.Operator}.");
                    break;
                case LabelSelectorOperators.In or LabelSelectorOperators.NotIn or LabelSelectorOperators.Exists or LabelSelectorOperators.DoesNotExist:
                    break;
                default:
                    errors.Add(itemPath + ".operator", $"'{NameRules.Shorten(requirement.Operator)}' is not In, NotIn, Exists or DoesNotExist.");
                    break;
            }

            for (var j = 0; j < requirement.Values.Count; j++)
            {
                NameRules.LabelValue(requirement.Values[j], $"{itemPath}.values[{j}]", errors);
            }
        }
    }
}

variable "stage" {
  description = "Deployment stage (one state per stage)"
  type        = string
  default     = "prod"
}

variable "log_retention_days" {
  type    = number
  default = 14
}
